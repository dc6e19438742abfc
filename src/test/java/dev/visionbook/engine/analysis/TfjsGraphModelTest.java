package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;

class TfjsGraphModelTest {

    @Test
    void halfPrecisionWeightsWidenExactly() {
        assertEquals(1.0f, TfjsGraphModel.halfToFloat((short) 0x3C00));
        assertEquals(-2.0f, TfjsGraphModel.halfToFloat((short) 0xC000));
        assertEquals(65504f, TfjsGraphModel.halfToFloat((short) 0x7BFF));
        assertEquals(0x1p-24f, TfjsGraphModel.halfToFloat((short) 0x0001));
        assertEquals(Float.NEGATIVE_INFINITY, TfjsGraphModel.halfToFloat((short) 0xFC00));
        assertTrue(Float.isNaN(TfjsGraphModel.halfToFloat((short) 0x7E00)));
    }

    @Test
    void aFusedDepthwiseConvolutionBecomesConvolutionBiasAndActivationUnderTheSameName() throws IOException {
        GraphDef unfused = TfjsGraphModel.unfused(graph("FusedDepthwiseConv2dNative", "BiasAdd", "Relu6"));
        assertEquals(List.of("DepthwiseConv2dNative", "BiasAdd", "Relu6"),
                unfused.getNodeList().stream().map(NodeDef::getOp).toList());
        NodeDef last = unfused.getNode(2);
        assertEquals("conv", last.getName(), "consumers of the fused node still find it");
        assertEquals(List.of("conv/unfused_BiasAdd"), last.getInputList());
        assertEquals(List.of("conv/unfused_conv", "bias"), unfused.getNode(1).getInputList());
    }

    @Test
    void fusedOpsTensorFlowCannotSplitAreRefusedByName() {
        IOException e = assertThrows(IOException.class,
                () -> TfjsGraphModel.unfused(graph("_FusedConv2D", "BiasAdd", "Prelu")));
        assertTrue(e.getMessage().contains("conv: fused ops [BiasAdd, Prelu] are not supported"), e.getMessage());
    }

    @Test
    void missingModelsAreNamed() {
        IOException e = assertThrows(IOException.class, () -> TfjsGraphModel.load("/nowhere/", "centernet"));
        assertTrue(e.getMessage().contains("/nowhere/centernet.json is not on the class path"), e.getMessage());
    }

    private static GraphDef graph(String op, String... fused) {
        AttrValue.ListValue.Builder ops = AttrValue.ListValue.newBuilder();
        for (String f : fused) {
            ops.addS(ByteString.copyFromUtf8(f));
        }
        return GraphDef.newBuilder().addNode(NodeDef.newBuilder().setName("conv").setOp(op).addInput("x")
                .addInput("w").addInput("bias").putAttr("T", AttrValue.newBuilder().setType(DataType.DT_FLOAT).build())
                .putAttr("data_format", AttrValue.newBuilder().setS(ByteString.copyFromUtf8("NHWC")).build())
                .putAttr("fused_ops", AttrValue.newBuilder().setList(ops).build())).build();
    }
}
