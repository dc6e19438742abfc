/**
 * The analyzers of the local engine: things of the 80 COCO classes (CenterNet) and faces
 * (BlazeFace), run by OpenCV's DNN module from the TF.js models of the npm package
 * {@code @vladmandic/human}; objects on plain backgrounds; faces by OpenCV cascade when the
 * detectors cannot start; text (Tesseract), colours, sharpness, and for videos scene cuts,
 * on-screen text and speech. They measure; they never guess what they cannot see. Depends only on
 * {@code media}; never on server, store, api or kernel, nor on {@code engine.answers}.
 */
package dev.visionbook.engine.analysis;
