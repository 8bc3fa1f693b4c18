package org.masthead.diag;

/** How bad a diagnostic is: errors stop the build, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
