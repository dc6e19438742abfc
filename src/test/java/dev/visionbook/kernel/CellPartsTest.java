package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellPartsTest {

    @Test
    void cellMagicTakesTheWholeCell() {
        CellParts parts = CellParts.parse("\n%%markdown  wide\n# Title\ntext");
        assertEquals(new CellParts.Magic("markdown", "wide", "# Title\ntext"), parts.cellMagic());
        assertEquals(0, parts.parts().size());
    }

    @Test
    void lineMagicsSplitTheCodeAndKeepLineNumbers() {
        CellParts parts = CellParts.parse("\nint a = 1;\n%maven g:a:1\n\nint b = 2;");
        assertNull(parts.cellMagic());
        assertEquals(3, parts.parts().size());
        assertEquals(1, parts.parts().get(0).firstLine());
        assertEquals("\nint a = 1;", parts.parts().get(0).code());
        assertEquals(new CellParts.Magic("maven", "g:a:1", ""), parts.parts().get(1).magic());
        assertEquals(3, parts.parts().get(1).firstLine());
        assertEquals(4, parts.parts().get(2).firstLine());
        assertEquals("\nint b = 2;", parts.parts().get(2).code());
    }

    @Test
    void percentInsideAnExpressionIsNotAMagic() {
        CellParts parts = CellParts.parse("int r = 10\n  % 3;");
        assertEquals(1, parts.parts().size());
    }
}
