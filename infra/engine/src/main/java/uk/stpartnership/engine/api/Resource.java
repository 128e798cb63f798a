package uk.stpartnership.engine.api;

/** A file handed to DeployResource: its name and its bytes. */
public record Resource(String name, byte[] content) {
}
