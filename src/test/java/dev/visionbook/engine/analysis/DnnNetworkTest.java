package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;

class DnnNetworkTest {

    @Test
    void theGraphIsCutToWhatTheOutputsNeed() throws IOException {
        GraphDef graph = GraphDef.newBuilder().addNode(node("input", "Placeholder"))
                .addNode(node("conv", "Conv2D", "input", "weights")).addNode(node("weights", "Const"))
                .addNode(node("topk", "TopKV2", "conv:0", "^weights")).addNode(node("out", "Sigmoid", "conv")).build();
        GraphDef cut = DnnNetwork.forOpenCv(graph, List.of("out"));
        assertEquals(List.of("input", "conv", "weights", "out"), cut.getNodeList().stream().map(NodeDef::getName).toList());
    }

    @Test
    void integerConstantsAreWrittenAsIntValuesTheImporterReads() throws IOException {
        ByteBuffer content = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(3).putInt(-1);
        TensorProto axes = TensorProto.newBuilder().setDtype(DataType.DT_INT32)
                .setTensorContent(ByteString.copyFrom(content.array())).build();
        GraphDef graph = GraphDef.newBuilder().addNode(node("axes", "Const").toBuilder()
                .putAttr("value", AttrValue.newBuilder().setTensor(axes).build())).build();
        TensorProto written = DnnNetwork.forOpenCv(graph, List.of("axes")).getNode(0).getAttrOrThrow("value").getTensor();
        assertEquals(List.of(3, -1), written.getIntValList());
        assertTrue(written.getTensorContent().isEmpty());
    }

    @Test
    void anOutputTheGraphLacksIsNamed() {
        GraphDef graph = GraphDef.newBuilder().addNode(node("input", "Placeholder")).build();
        IOException e = assertThrows(IOException.class, () -> DnnNetwork.forOpenCv(graph, List.of("missing")));
        assertEquals("the graph has no node missing", e.getMessage());
    }

    @Test
    void theShippedObjectModelLosesItsPeakSearchAndGivesChannelsFirstMaps() throws IOException {
        GraphDef cut = DnnNetwork.forOpenCv(TfjsGraphModel.load(Detectors.MODELS, "centernet"),
                List.of(ObjectDetector.HEATMAP, ObjectDetector.DISTANCES));
        assertFalse(cut.getNodeList().stream().anyMatch(node -> node.getOp().equals("TopKV2")));
        DnnNetwork network = DnnNetwork.load(Detectors.MODELS, "centernet", List.of(ObjectDetector.HEATMAP, ObjectDetector.DISTANCES));
        Map<String, DnnNetwork.FeatureMap> out = network.run(new float[3 * 512 * 512], 512);
        DnnNetwork.FeatureMap heat = out.get(ObjectDetector.HEATMAP);
        assertEquals(List.of(80, 128, 128), List.of(heat.channels(), heat.height(), heat.width()));
        assertEquals(4, out.get(ObjectDetector.DISTANCES).channels());
    }

    @Test
    void anOutputWhoseBiasOpenCvFoldedIsReadFromItsConvolution() throws IOException {
        // BlazeFace's last convolutions end in a BiasAdd OpenCV merges into the convolution layer.
        DnnNetwork network = DnnNetwork.load(Detectors.MODELS, "blazeface", FaceDetector.SCORES);
        Map<String, DnnNetwork.FeatureMap> out = network.run(new float[3 * 256 * 256], 256);
        assertEquals(List.of(2, 16, 16), shape(out.get(FaceDetector.SCORES.get(0))));
        assertEquals(List.of(6, 8, 8), shape(out.get(FaceDetector.SCORES.get(1))));
    }

    private static List<Integer> shape(DnnNetwork.FeatureMap map) {
        return List.of(map.channels(), map.height(), map.width());
    }

    private static NodeDef node(String name, String op, String... inputs) {
        return NodeDef.newBuilder().setName(name).setOp(op).addAllInput(List.of(inputs)).build();
    }
}
