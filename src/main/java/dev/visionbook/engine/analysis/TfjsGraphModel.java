package dev.visionbook.engine.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Turns a TensorFlow.js graph model (a {@code model.json} holding a GraphDef in protobuf JSON, plus
 * binary weight shards) into a TensorFlow GraphDef that OpenCV's DNN module can import
 * ({@link DnnNetwork}): the weights become the Const nodes' values (float16-quantized weights
 * widened back to float32), and the fused convolutions the TF.js converter writes are split back
 * into standard TensorFlow ops, because {@code FusedDepthwiseConv2dNative} exists only in TF.js and
 * TensorFlow's own {@code _FusedConv2D} needs attributes the converter drops.
 */
final class TfjsGraphModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONV_ATTRS = List.of("T", "strides", "padding", "explicit_paddings",
            "data_format", "dilations", "use_cudnn_on_gpu");

    private TfjsGraphModel() {
    }

    /**
     * Reads {@code <folder>/<name>.json} and its shards from the class path.
     *
     * @throws IOException if a file is missing or does not hold what model.json promises
     */
    static GraphDef load(String folder, String name) throws IOException {
        JsonNode model = JSON.readTree(resource(folder + name + ".json"));
        if (!"graph-model".equals(model.path("format").asText())) {
            throw new IOException(name + ".json is not a TensorFlow.js graph model");
        }
        GraphDef.Builder graph = GraphDef.newBuilder();
        JsonFormat.parser().ignoringUnknownFields().merge(JSON.writeValueAsString(model.get("modelTopology")), graph);
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            nodeIndex.put(graph.getNode(i).getName(), i);
        }
        for (JsonNode group : model.get("weightsManifest")) {
            ByteBuffer shards = shards(folder, group.get("paths"));
            for (JsonNode weight : group.get("weights")) {
                Integer index = nodeIndex.get(weight.get("name").asText());
                if (index == null) {
                    throw new IOException(name + ": weight " + weight.get("name") + " has no node in the graph");
                }
                TensorProto value = tensor(weight, shards, name);
                graph.getNodeBuilder(index).putAttr("value", AttrValue.newBuilder().setTensor(value).build())
                        .putAttr("dtype", AttrValue.newBuilder().setType(value.getDtype()).build());
            }
            if (shards.hasRemaining()) {
                throw new IOException(name + ": " + shards.remaining() + " bytes of weights are not in the manifest");
            }
        }
        return unfused(graph.build());
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = TfjsGraphModel.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is not on the class path (the build copies it from the npm package"
                    + " @vladmandic/human)");
        }
        return in;
    }

    private static ByteBuffer shards(String folder, JsonNode paths) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (JsonNode path : paths) {
            try (InputStream in = resource(folder + path.asText())) {
                in.transferTo(all);
            }
        }
        return ByteBuffer.wrap(all.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** One weight read from the shards, as a little-endian TensorProto. */
    private static TensorProto tensor(JsonNode weight, ByteBuffer shards, String model) throws IOException {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        int count = 1;
        for (JsonNode dim : weight.get("shape")) {
            shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(dim.asLong()));
            count = Math.multiplyExact(count, dim.asInt());
        }
        String dtype = weight.get("dtype").asText();
        String quantized = weight.path("quantization").path("dtype").asText("");
        ByteBuffer out = ByteBuffer.allocate(count * 4).order(ByteOrder.LITTLE_ENDIAN);
        int bytesEach = quantized.equals("float16") ? 2 : 4;
        if (shards.remaining() < (long) count * bytesEach) {
            throw new IOException(model + ": the weight shards end inside " + weight.get("name"));
        }
        DataType type;
        if (dtype.equals("int32") && quantized.isEmpty()) {
            type = DataType.DT_INT32;
            for (int i = 0; i < count; i++) {
                out.putInt(shards.getInt());
            }
        } else if (dtype.equals("float32") && quantized.isEmpty()) {
            type = DataType.DT_FLOAT;
            for (int i = 0; i < count; i++) {
                out.putFloat(shards.getFloat());
            }
        } else if (dtype.equals("float32") && quantized.equals("float16")) {
            type = DataType.DT_FLOAT;
            for (int i = 0; i < count; i++) {
                out.putFloat(halfToFloat(shards.getShort()));
            }
        } else {
            throw new IOException(model + ": weights of type " + dtype + (quantized.isEmpty() ? ""
                    : " quantized as " + quantized) + " are not supported");
        }
        return TensorProto.newBuilder().setDtype(type).setTensorShape(shape)
                .setTensorContent(ByteString.copyFrom(out.array())).build();
    }

    /** IEEE 754 half precision to float (Float.float16ToFloat arrives only in Java 20). */
    static float halfToFloat(short half) {
        int sign = (half >> 15) & 1;
        int exponent = (half >> 10) & 0x1f;
        int fraction = half & 0x3ff;
        float magnitude;
        if (exponent == 0) {
            magnitude = fraction * 0x1p-24f;
        } else if (exponent == 31) {
            magnitude = fraction == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
        } else {
            magnitude = Float.intBitsToFloat((exponent - 15 + 127) << 23 | fraction << 13);
        }
        return sign == 1 ? -magnitude : magnitude;
    }

    /**
     * Each {@code _FusedConv2D} and {@code FusedDepthwiseConv2dNative} becomes its convolution
     * followed by its fused ops (BiasAdd, then an activation); the last keeps the fused node's name
     * so its consumers are unchanged. Devices are cleared so the graph runs wherever TF places it.
     */
    static GraphDef unfused(GraphDef graph) throws IOException {
        GraphDef.Builder out = GraphDef.newBuilder().setVersions(graph.getVersions());
        for (NodeDef node : graph.getNodeList()) {
            boolean fused = node.getOp().equals("_FusedConv2D") || node.getOp().equals("FusedDepthwiseConv2dNative");
            if (!fused) {
                out.addNode(node.toBuilder().setDevice(""));
                continue;
            }
            List<String> ops = node.getAttrOrThrow("fused_ops").getList().getSList().stream()
                    .map(ByteString::toStringUtf8).toList();
            if (ops.isEmpty() || !ops.get(0).equals("BiasAdd") || node.getInputCount() != 3
                    || !List.of("Relu", "Relu6").containsAll(ops.subList(1, ops.size()))) {
                throw new IOException(node.getName() + ": fused ops " + ops + " are not supported");
            }
            String conv = node.getName() + "/unfused_conv";
            NodeDef.Builder convolution = NodeDef.newBuilder().setName(conv)
                    .setOp(node.getOp().equals("_FusedConv2D") ? "Conv2D" : "DepthwiseConv2dNative")
                    .addInput(node.getInput(0)).addInput(node.getInput(1));
            for (String attr : CONV_ATTRS) {
                if (node.containsAttr(attr) && !(attr.equals("use_cudnn_on_gpu")
                        && node.getOp().equals("FusedDepthwiseConv2dNative"))) {
                    convolution.putAttr(attr, node.getAttrOrThrow(attr));
                }
            }
            out.addNode(convolution);
            String previous = conv;
            for (int i = 0; i < ops.size(); i++) {
                String name = i == ops.size() - 1 ? node.getName() : node.getName() + "/unfused_" + ops.get(i);
                NodeDef.Builder step = NodeDef.newBuilder().setName(name).setOp(ops.get(i)).addInput(previous)
                        .putAttr("T", node.getAttrOrThrow("T"));
                if (ops.get(i).equals("BiasAdd")) {
                    step.addInput(node.getInput(2)).putAttr("data_format", node.getAttrOrThrow("data_format"));
                }
                out.addNode(step);
                previous = name;
            }
        }
        return out.build();
    }
}
