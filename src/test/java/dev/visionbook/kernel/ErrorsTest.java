package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Errors as a notebook user sees them: where in the cell, what went wrong, nothing of the kernel. */
class ErrorsTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    @Test
    void compileErrorPointsAtTheCellLineAndColumn() {
        JupyterTestClient.Execution run = kernel.client().execute("int fine = 1;\n\nString wrong = 42;");
        assertEquals("error", run.status());
        assertEquals("CompileError", run.reply().content().path("ename").asText());
        String traceback = run.traceback();
        assertTrue(traceback.contains("Compile error at line 3, column 16: incompatible types"), traceback);
        assertTrue(traceback.contains("String wrong = 42;\n                   ^") || traceback.contains("^"), traceback);
        assertEquals(1, run.ofType("error").size());
    }

    @Test
    void compileErrorInALaterSnippetOfTheLineCountsColumnsFromTheLineStart() {
        String traceback = kernel.client().execute("int a = 1; int b = undefinedName;").traceback();
        assertTrue(traceback.contains("line 1, column 20: cannot find symbol"), traceback);
    }

    @Test
    void exceptionShowsItsMessageAndOnlyTheUsersFrames() {
        kernel.client().execute("void explode(String why) {\n    throw new IllegalStateException(why);\n}");
        JupyterTestClient.Execution run = kernel.client().execute("int before = 1;\nexplode(\"boom\");");
        assertEquals("error", run.status());
        assertEquals("IllegalStateException", run.reply().content().path("ename").asText());
        assertEquals("boom", run.reply().content().path("evalue").asText());
        String traceback = run.traceback();
        assertTrue(traceback.startsWith("java.lang.IllegalStateException: boom\n"), traceback);
        assertTrue(traceback.contains("at explode, cell ["), traceback);
        assertTrue(traceback.contains("] line 2"), traceback);
        assertTrue(traceback.contains("at line 2"), traceback);
        assertFalse(traceback.contains("jdk.jshell") || traceback.contains("dev.visionbook.kernel")
                || traceback.contains("java.base"), traceback);
    }

    @Test
    void helpfulNullPointerMessagesNameTheVariableAsWritten() {
        JupyterTestClient.Execution run = kernel.client().execute("String nothing = null;\nnothing.length()");
        assertEquals("Cannot invoke \"String.length()\" because \"nothing\" is null",
                run.reply().content().path("evalue").asText());
    }

    @Test
    void framesInLambdasAreNamedSo() {
        String traceback = kernel.client().execute(
                "List.of(1, 2).forEach(i -> {\n    if (i == 2) throw new IllegalArgumentException(\"two\");\n});").traceback();
        assertTrue(traceback.contains("at lambda, line 2\n"), traceback);
    }

    @Test
    void visionbookExceptionShowsJustItsMessage() {
        JupyterTestClient.Execution run = kernel.client().execute(
                "throw new VisionbookException(\"The file is 3 GB: the limit is 2 GB. Split the video.\");");
        assertEquals("VisionbookException", run.reply().content().path("ename").asText());
        assertEquals("The file is 3 GB: the limit is 2 GB. Split the video.\n", run.traceback());
    }

    @Test
    void causesAreListed() {
        String traceback = kernel.client().execute(
                "throw new RuntimeException(\"outer\", new java.io.IOException(\"disk full\"));").traceback();
        assertTrue(traceback.contains("Caused by: java.io.IOException: disk full"), traceback);
    }

    @Test
    void theKernelCarriesOnAfterAnError() {
        kernel.client().execute("Integer.parseInt(\"not a number\")");
        assertEquals("3", kernel.client().execute("1 + 2").result().path("text/plain").asText());
    }

    @Test
    void anErrorStopsTheRestOfTheCell() {
        JupyterTestClient.Execution run = kernel.client().execute(
                "System.out.println(\"ran\");\nint x = Integer.parseInt(\"x\");\nSystem.out.println(\"never\");");
        assertEquals("ran\n", run.stdout());
        assertEquals("NumberFormatException", run.reply().content().path("ename").asText());
    }
}
