/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.io.StringWriter;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document of one namespace, indented, with the JDK's {@link XMLStreamWriter}, which escapes text and
 * attribute values. Elements hold either text or other elements, never both, which is all CAP and Atom need.
 */
final class XmlWriter {

    /** Characters XML 1.0 does not allow at all; escaping cannot help, so they are left out. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private static final String INDENT = "  ";

    private final String namespace;
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean open;

    /** Starts the document and its root element, which declares the namespace as the default. */
    XmlWriter(String namespace, String root) {
        this.namespace = namespace;
        try {
            this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(namespace);
            start(root);
            xml.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter start(String name) {
        try {
            newline();
            xml.writeStartElement(namespace, name);
            depth++;
            open = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attribute of the element just started. */
    XmlWriter attribute(String name, String value) {
        try {
            xml.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter end() {
        try {
            depth--;
            if (!open) {
                newline();
            }
            xml.writeEndElement();
            open = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element that holds only text. */
    XmlWriter text(String name, String value) {
        try {
            start(name);
            xml.writeCharacters(clean(value));
            return end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the root element and the document. */
    String finish() {
        try {
            end();
            xml.writeEndDocument();
            xml.close();
            return out + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
        open = false;
    }

    private static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
