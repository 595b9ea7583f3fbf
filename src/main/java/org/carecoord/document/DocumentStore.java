package org.carecoord.document;

/**
 * Where documents' bytes are kept: the application's database by default, a directory where a department must
 * ({@code carecoord.documents.store=filesystem}). Each document's row names the store that holds it.
 */
interface DocumentStore {

    /** The name written to {@code case_document.storage}. */
    String name();

    /** Keeps the content of a document whose row was just inserted, in the caller's transaction. */
    void put(long documentId, byte[] content);

    byte[] get(long documentId);
}
