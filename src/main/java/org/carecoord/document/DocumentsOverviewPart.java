package org.carecoord.document;

import java.util.Arrays;
import java.util.List;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/**
 * The case overview's documents (newest first, withdrawn ones marked), the kinds a new one may be, whether the
 * case takes uploads (open), and the care plan version that "Print care plan" prints (the latest, if any).
 */
@Component
class DocumentsOverviewPart implements CaseOverviewPart {

    record Kind(String code, String label) {}

    record Documents(List<CaseDocument> documents, List<Kind> kinds, boolean open, Integer printableVersion) {}

    private static final List<Kind> KINDS = Arrays.stream(DocumentKind.values())
            .map(kind -> new Kind(kind.code(), kind.label()))
            .toList();

    private final DocumentRepository documents;
    private final CarePlanPrintouts printouts;

    DocumentsOverviewPart(DocumentRepository documents, CarePlanPrintouts printouts) {
        this.documents = documents;
        this.printouts = printouts;
    }

    @Override
    public String section() {
        return "documents";
    }

    @Override
    public Object of(CareCase careCase) {
        return new Documents(
                documents.ofCase(careCase.id()),
                KINDS,
                careCase.status().isOpen(),
                printouts.latestVersion(careCase.id()).orElse(null));
    }
}
