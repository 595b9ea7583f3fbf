package org.carecoord.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameKeepsItsWordsAndGetsTheExtensionOfItsRealType() {
        assertThat(FileNames.sanitise("Discharge letter.pdf", DocumentType.PDF)).isEqualTo("Discharge letter.pdf");
        assertThat(FileNames.sanitise("scan.exe", DocumentType.PNG)).isEqualTo("scan.png");
        assertThat(FileNames.sanitise("Carta de alta médica.PDF", DocumentType.PDF))
                .isEqualTo("Carta de alta médica.pdf");
    }

    @Test
    void pathsControlAndDirectionCharactersAndHeaderBreakersAreRemoved() {
        assertThat(FileNames.sanitise("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("C:\\Users\\me\\card.jpg", DocumentType.JPEG))
                .isEqualTo("card.jpg");
        assertThat(FileNames.sanitise("a\u0000b\r\nc.pdf", DocumentType.PDF)).isEqualTo("abc.pdf");
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe", DocumentType.PDF)).isEqualTo("invoicefdp.pdf");
        assertThat(FileNames.sanitise("say \"hi\"; x.pdf", DocumentType.PDF)).isEqualTo("say _hi__ x.pdf");
    }

    @Test
    void anEmptyOrHiddenNameBecomesDocumentAndALongOneIsCut() {
        assertThat(FileNames.sanitise(null, DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(FileNames.sanitise("", DocumentType.PNG)).isEqualTo("document.png");
        assertThat(FileNames.sanitise(".pdf", DocumentType.PDF)).isEqualTo("pdf.pdf");
        assertThat(FileNames.sanitise("x".repeat(500) + ".pdf", DocumentType.PDF))
                .hasSize(FileNames.MAX_LENGTH);
    }

    @Test
    void theDownloadCarriesTheNameInAsciiAndInUtf8() {
        assertThat(FileNames.attachment("Carta médica.pdf"))
                .isEqualTo("attachment; filename=\"Carta m_dica.pdf\"; filename*=UTF-8''Carta%20m%C3%A9dica.pdf");
    }
}
