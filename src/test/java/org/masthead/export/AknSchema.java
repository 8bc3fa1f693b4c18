package org.masthead.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OASIS Akoma Ntoso 3.0 schema ({@code src/test/resources/akn/}, source in its SOURCE.md),
 * loaded once with the JDK's validator, offline: no schema or DTD is fetched from the network.
 */
public final class AknSchema {
    private static Schema schema;

    private AknSchema() {
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            try {
                URL xsd = AknSchema.class.getResource("/akn/akomantoso30.xsd");
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                schema = f.newSchema(Path.of(xsd.toURI()).toFile());
            } catch (SAXException | URISyntaxException e) {
                throw new IllegalStateException("cannot load the Akoma Ntoso schema", e);
            }
        }
        return schema;
    }

    /** Every problem the schema finds in a file, as {@code line:col: message}; empty when it is valid. */
    public static List<String> errors(Path file) {
        try {
            return errors(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        Validator v = schema().newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            errors.add("not well-formed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }
}
