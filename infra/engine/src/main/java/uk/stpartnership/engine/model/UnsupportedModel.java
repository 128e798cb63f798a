package uk.stpartnership.engine.model;

/** A model the engine refuses at deploy: it names the element and what it does not support. */
public final class UnsupportedModel extends RuntimeException {

    public UnsupportedModel(String message) {
        super(message);
    }
}
