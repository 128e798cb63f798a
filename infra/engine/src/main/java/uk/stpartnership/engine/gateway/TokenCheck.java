package uk.stpartnership.engine.gateway;

/** Decides whether a bearer token presented by a caller is one it accepts. */
@FunctionalInterface
public interface TokenCheck {

    boolean accepts(String token);
}
