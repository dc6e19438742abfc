// The image half of the Gemini API vision tutorial, non-interactively:
//   scripts/jshell scripts/tutorial-images.jsh
// Runs on the local server without a key, or on the real service with GEMINI_API_KEY set.
Path media = Path.of("notebooks", "media", "drawings");

// Upload an image with the File API and print its URI.
UploadedFile sketch = genai.uploadFile(media.resolve("rocket.jpg"), "Rocket drawing");
System.out.println("Uploaded " + sketch.displayName() + " as " + sketch.uri());

// Get the file's metadata.
show(genai.getFile(sketch.name()));

// Prompt with the uploaded image.
GenerativeModel model = genai.model("gemini-2.5-flash");
show(model.generateContent(sketch, "Describe how this product might be manufactured.").markdown());

// Prompt with several local images at once.
Path fish = media.resolve("pescetto_arancione_archi_01.png");
Path firefighter = media.resolve("fireman_alarm_mimooh_01.png");
show(model.generateContent("Write an advertising jingle showing how the product in the first image could solve the problems shown in the second two images.",
        sketch, fish, firefighter).markdown());

// Ask for a bounding box, convert it to pixels and draw it.
Response box = model.generateContent(fish, "Return a bounding box for the fish. [ymin, xmin, ymax, xmax]");
System.out.println(box.text());
show(boxTable(fish, box));
show(boxes(fish, box));

// List the files, then delete the one uploaded here.
show(genai.listFiles());
genai.deleteFile(sketch);
System.out.println("Deleted " + sketch.name());
/exit
