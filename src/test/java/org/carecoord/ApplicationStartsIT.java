package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApplicationStartsIT extends PostgresIntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void deploysTheProcessesDecisionsAndForms() {
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("care-episode")
                        .count())
                .isEqualTo(1);
    }
}
