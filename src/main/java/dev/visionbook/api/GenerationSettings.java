package dev.visionbook.api;

/**
 * How a {@link GenerativeModel} asks: optional system instruction, temperature, JSON output,
 * and whether the caller's part order is kept as given.
 */
record GenerationSettings(String systemInstruction, Float temperature, boolean jsonOutput, boolean keepOrder) {

    static final GenerationSettings DEFAULT = new GenerationSettings(null, null, false, false);

    GenerationSettings withSystemInstruction(String text) {
        return new GenerationSettings(text, temperature, jsonOutput, keepOrder);
    }

    GenerationSettings withTemperature(Float value) {
        return new GenerationSettings(systemInstruction, value, jsonOutput, keepOrder);
    }

    GenerationSettings withJsonOutput(boolean value) {
        return new GenerationSettings(systemInstruction, temperature, value, keepOrder);
    }

    GenerationSettings withKeepOrder(boolean value) {
        return new GenerationSettings(systemInstruction, temperature, jsonOutput, value);
    }
}
