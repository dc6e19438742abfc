package dev.visionbook.engine.analysis;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;

/**
 * A TF.js graph model run by OpenCV's DNN module, which ships in the OpenCV jar the engine already
 * uses: about 10 MB of native code, where TensorFlow's own library made the server 370 MB larger.
 *
 * <p>The graph is cut to what the named outputs need, so post-processing ops OpenCV does not have
 * (a top-k search, gathers) are left out and done by the caller in Java. Integer constants are
 * written as {@code int_val}, the only form OpenCV's importer reads for an axis or a shape.
 * Inputs and outputs are in OpenCV's layout, channels first ({@code [1, C, H, W]}).
 *
 * <p>Threading: one forward pass at a time per network (synchronized); OpenCV spreads each one
 * over the cores itself.
 *
 * <pre>{@code
 * DnnNetwork net = DnnNetwork.load(Detectors.MODELS, "blazeface", List.of("conv2d_33/BiasAdd"));
 * Map<String, FeatureMap> out = net.run(input.planar(1 / 127.5f, -1), 256);
 * }</pre>
 */
final class DnnNetwork {

    /** Ops whose output OpenCV folds into the layer before them: that layer's output is theirs. */
    private static final Set<String> FOLDED = Set.of("BiasAdd", "Identity");

    private final Net net;
    /** Each output asked for, in order, and the OpenCV layer that computes it. */
    private final Map<String, String> layers;

    private DnnNetwork(Net net, Map<String, String> layers) {
        this.net = net;
        this.layers = layers;
    }

    /**
     * Loads {@code <folder>/<model>.json} and its weights, cut to {@code outputs}.
     *
     * @throws IOException if the model is missing, malformed, names no such output, or OpenCV
     *     cannot import it
     */
    static DnnNetwork load(String folder, String model, List<String> outputs) throws IOException {
        GraphDef whole = TfjsGraphModel.load(folder, model);
        Map<String, NodeDef> byName = byName(whole);
        byte[] graph = forOpenCv(whole, byName, outputs).toByteArray();
        Net net;
        try (BytePointer bytes = new BytePointer(graph)) {
            net = opencv_dnn.readNetFromTensorflow(bytes, graph.length);
        } catch (RuntimeException e) {
            throw new IOException(model + ": OpenCV could not import the graph: " + e.getMessage(), e);
        }
        if (net.empty()) {
            throw new IOException(model + ": OpenCV imported an empty network");
        }
        Map<String, String> layers = new LinkedHashMap<>();
        for (String output : outputs) {
            layers.put(output, layerOf(net, byName, output, model));
        }
        return new DnnNetwork(net, layers);
    }

    /** The OpenCV layer that computes node {@code output}: itself, or the layer a bias or identity was folded into. */
    private static String layerOf(Net net, Map<String, NodeDef> byName, String output, String model) throws IOException {
        String name = output;
        while (net.getLayerId(name) < 0) {
            NodeDef node = byName.get(name);
            if (node == null || !FOLDED.contains(node.getOp()) || node.getInputCount() == 0) {
                throw new IOException(model + ": OpenCV has no layer for " + output);
            }
            name = nodeName(node.getInput(0));
        }
        return name;
    }

    /**
     * One forward pass of a {@code [1, 3, size, size]} input given channel after channel.
     *
     * @return each output by name, in the order asked for at load
     */
    synchronized Map<String, FeatureMap> run(float[] planar, int size) {
        Mat blob = new Mat(new int[] {1, 3, size, size}, opencv_core.CV_32F);
        MatVector results = new MatVector();
        List<String> outputs = List.copyOf(layers.keySet());
        try (StringVector names = new StringVector(layers.values().toArray(String[]::new))) {
            new FloatPointer(blob.data()).put(planar);
            net.setInput(blob);
            net.forward(results, names);
            Map<String, FeatureMap> out = new LinkedHashMap<>();
            for (int i = 0; i < outputs.size(); i++) {
                // get() makes a header of its own over the network's buffer: closed here, not left to the GC.
                try (Mat result = results.get(i)) {
                    out.put(outputs.get(i), FeatureMap.of(result));
                }
            }
            return out;
        } finally {
            results.close();
            blob.close();
        }
    }

    /** The nodes {@code outputs} depend on, in their order, integer constants as {@code int_val}. */
    static GraphDef forOpenCv(GraphDef graph, List<String> outputs) throws IOException {
        return forOpenCv(graph, byName(graph), outputs);
    }

    private static GraphDef forOpenCv(GraphDef graph, Map<String, NodeDef> byName, List<String> outputs) throws IOException {
        Set<String> needed = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(outputs);
        while (!pending.isEmpty()) {
            String name = nodeName(pending.pop());
            NodeDef node = byName.get(name);
            if (node == null) {
                throw new IOException("the graph has no node " + name);
            }
            if (needed.add(name)) {
                pending.addAll(node.getInputList());
            }
        }
        GraphDef.Builder cut = GraphDef.newBuilder().setVersions(graph.getVersions());
        for (NodeDef node : graph.getNodeList()) {
            if (needed.contains(node.getName())) {
                cut.addNode(withIntValues(node));
            }
        }
        return cut.build();
    }

    private static Map<String, NodeDef> byName(GraphDef graph) {
        Map<String, NodeDef> byName = new HashMap<>();
        graph.getNodeList().forEach(node -> byName.put(node.getName(), node));
        return byName;
    }

    /** {@code ^name} (a control input) and {@code name:1} (a second output) both name node {@code name}. */
    private static String nodeName(String input) {
        String name = input.startsWith("^") ? input.substring(1) : input;
        int colon = name.lastIndexOf(':');
        return colon > 0 && name.substring(colon + 1).chars().allMatch(Character::isDigit) ? name.substring(0, colon) : name;
    }

    private static NodeDef withIntValues(NodeDef node) {
        if (!node.getOp().equals("Const") || !node.containsAttr("value")) {
            return node;
        }
        TensorProto tensor = node.getAttrOrThrow("value").getTensor();
        if (tensor.getDtype() != DataType.DT_INT32 || tensor.getTensorContent().isEmpty()) {
            return node;
        }
        IntBuffer ints = tensor.getTensorContent().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        TensorProto.Builder values = tensor.toBuilder().clearTensorContent();
        while (ints.hasRemaining()) {
            values.addIntVal(ints.get());
        }
        return node.toBuilder().putAttr("value", AttrValue.newBuilder().setTensor(values).build()).build();
    }

    /**
     * One output of a forward pass, channels first.
     *
     * @param values {@code channels × height × width} floats, row after row, channel after channel
     */
    record FeatureMap(int channels, int height, int width, float[] values) {

        static FeatureMap of(Mat mat) {
            if (mat.dims() != 4 || mat.size(0) != 1 || mat.type() != opencv_core.CV_32F) {
                throw new IllegalStateException("expected a [1, C, H, W] float output, got " + mat.dims()
                        + " dimensions of type " + mat.type());
            }
            float[] values = new float[(int) mat.total()];
            new FloatPointer(mat.data()).get(values);
            return new FeatureMap(mat.size(1), mat.size(2), mat.size(3), values);
        }

        float at(int channel, int y, int x) {
            return values[(channel * height + y) * width + x];
        }
    }
}
