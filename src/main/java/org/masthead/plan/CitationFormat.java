package org.masthead.plan;

/** The reference managers' formats each document's citation is written in, one file each beside its page. */
public enum CitationFormat {
    BIBTEX("citation.bib", "BibTeX", "application/x-bibtex"),
    RIS("citation.ris", "RIS", "application/x-research-info-systems"),
    CSL_JSON("citation.csl.json", "CSL-JSON", "application/vnd.citationstyles.csl+json");

    private final String fileName;
    private final String label;
    private final String mediaType;

    CitationFormat(String fileName, String label, String mediaType) {
        this.fileName = fileName;
        this.label = label;
        this.mediaType = mediaType;
    }

    public String fileName() {
        return fileName;
    }

    /** The format's name as reference managers show it. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }
}
