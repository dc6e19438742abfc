package dev.visionbook.engine.question;

/** The form of what a prompt asks: which kind of answer it wants. */
public enum Form {
    /** "Describe this image", "What's in this photo?" */
    DESCRIBE,
    /** "Give me a one-line caption", "alt text for this" */
    CAPTION,
    /** "What is this?", "What animal is that?": name what was recognised */
    IDENTIFY,
    /** "Where is the cat?", "Return a bounding box for the dog", "Detect the faces" */
    LOCATE,
    /** "Point to the cup": centre points */
    POINT,
    /** "Segment the cat", "a mask of the person" */
    SEGMENT,
    /** "Is there a motorcycle?", "Do you see any people?" */
    PRESENCE,
    /** "How many cats are there?" */
    COUNT,
    /** "What colour is the car?", "Is the circle red?" */
    COLOUR,
    /** Attributes the analyzers do not measure: glasses, a hat, a brand, a species, who someone is, a mood */
    ATTRIBUTE,
    /** "Is it blurry?", "How sharp is this photo?" */
    SHARPNESS,
    /** "How big is the image?", "What are its dimensions?" */
    SIZE,
    /** "What does the sign say?", "Read the text" */
    READ_TEXT,
    /** "Translate the text into French" */
    TRANSLATE,
    /** "Compare these images", "What is different?" */
    COMPARE,
    /** "Summarize this video", "What happens in it?" */
    SUMMARY,
    /** "What happens at 00:12?" */
    MOMENTS,
    /** "Transcribe the audio", "What is said?" */
    TRANSCRIBE,
    /** "When does the scene change?", "List the shots" */
    SCENES,
    /** "Write a poem about this", "Come up with a funny name": needs a language model */
    CREATIVE,
    /** "Why…?", "How would…?", opinions and reasoning: needs a language model */
    OPEN
}
