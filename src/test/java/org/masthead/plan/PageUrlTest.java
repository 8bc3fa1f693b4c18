package org.masthead.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page addresses and the relative links between them. */
class PageUrlTest {
    private static final PageUrl LETTER = PageUrl.index("S/2014/660");
    private static final PageUrl RESOLUTION = PageUrl.index("S/RES/2164(2014)");

    @Test
    void indexOfAFolderAndOfTheRoot() {
        assertEquals("S/2014/660/index.html", LETTER.path());
        assertEquals("index.html", PageUrl.index("").path());
    }

    @Test
    void linksClimbToTheCommonFolderThenDescend() {
        assertEquals("../../RES/2164(2014)/index.html", RESOLUTION.relativeTo(LETTER));
        assertEquals("../../2014/660/index.html", LETTER.relativeTo(RESOLUTION));
        assertEquals("index.html", LETTER.relativeTo(LETTER));
        assertEquals("../229/index.html", PageUrl.index("S/2014/229").relativeTo(LETTER));
        assertEquals("fr/index.html", PageUrl.index("S/2014/660/fr").relativeTo(LETTER));
        assertEquals("../index.html", LETTER.relativeTo(PageUrl.index("S/2014/660/fr")));
    }

    @Test
    void linksFromAndToTheRoot() {
        PageUrl home = PageUrl.index("");
        assertEquals("S/2014/660/index.html", LETTER.relativeTo(home));
        assertEquals("../../../index.html", home.relativeTo(LETTER));
        assertEquals("feed.xml", new PageUrl("feed.xml").relativeTo(home));
    }

    @Test
    void rootPrefixLeadsBackToTheSiteRoot() {
        assertEquals("", PageUrl.index("").rootPrefix());
        assertEquals("../../../", LETTER.rootPrefix());
        assertEquals("../../../", new PageUrl("S/2014/660/index.json").rootPrefix());
    }

    @Test
    void absoluteAddressLeavesIndexHtmlOff() {
        assertEquals("https://a.example/S/2014/660/", LETTER.absolute("https://a.example/"));
        assertEquals("https://a.example/", PageUrl.index("").absolute("https://a.example/"));
        assertEquals("https://a.example/S/2014/660/index.json",
                new PageUrl("S/2014/660/index.json").absolute("https://a.example/"));
    }

    @Test
    void pathsThatLeaveTheSiteAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageUrl("/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> new PageUrl("S/../../x"));
        assertThrows(IllegalArgumentException.class, () -> new PageUrl("S//x"));
    }

    @Test
    void ordersByPath() {
        assertTrue(LETTER.compareTo(RESOLUTION) < 0);
        assertTrue(RESOLUTION.compareTo(LETTER) > 0);
        assertEquals(0, LETTER.compareTo(PageUrl.index("S/2014/660")));
    }
}
