package org.carecoord.document;

import java.util.Map;

/** The store new documents go to ({@code carecoord.documents.store}) and every store a row may name. */
final class DocumentStores {

    private final DocumentStore current;
    private final Map<String, DocumentStore> byName;

    DocumentStores(DocumentStore current, Map<String, DocumentStore> byName) {
        this.current = current;
        this.byName = Map.copyOf(byName);
    }

    DocumentStore current() {
        return current;
    }

    DocumentStore named(String name) {
        DocumentStore store = byName.get(name);
        if (store == null) {
            throw new IllegalStateException("a document is kept in a store that is not configured: " + name);
        }
        return store;
    }
}
