package org.masthead.model;

/** Who signed a text, with the role printed under the name (may be null). */
public record Signatory(String name, String role) {
}
