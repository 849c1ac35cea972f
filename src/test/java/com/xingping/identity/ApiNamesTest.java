package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.type.TypeFactory;
import com.xingping.facts.ConductTable;
import com.xingping.kernel.PageOf;
import com.xingping.reporting.ElementChoices;
import com.xingping.reporting.RecordView;

/** The names the OpenAPI document gives nested types and operations. */
class ApiNamesTest {
    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    @Test
    void aNestedTypeIsNamedAfterItsEnclosingTypeWithoutAnApiSuffixOrARepeat() {
        assertThat(SchemaNames.name(TYPES.constructType(ElementChoices.StarGroup.class))).isEqualTo("ElementChoicesStarGroup");
        assertThat(SchemaNames.name(TYPES.constructType(AccountApi.PasswordForm.class))).isEqualTo("AccountPasswordForm");
        assertThat(SchemaNames.name(TYPES.constructType(TokenApi.TokenForm.class))).isEqualTo("TokenForm");
    }

    @Test
    void aGenericTypeOverANestedOneNamesItsParameterSoAndOtherTypesAreLeftToSwagger() {
        assertThat(SchemaNames.name(TYPES.constructParametricType(PageOf.class, ConductTable.Row.class)))
                .isEqualTo("PageOfConductTableRow");
        assertThat(SchemaNames.name(TYPES.constructParametricType(PageOf.class, RecordView.class))).isNull();
        assertThat(SchemaNames.name(TYPES.constructType(RecordView.class))).isNull();
        assertThat(SchemaNames.name(TYPES.constructCollectionType(List.class, ElementChoices.StarGroup.class))).isNull();
        assertThat(SchemaNames.name(TYPES.constructType(String.class))).isNull();
    }

    @Test
    void anOperationIsItsMethodWithTheControllersSubjectUnlessTheMethodNamesIt() {
        assertThat(OperationIds.id("UnitApi", "edit")).isEqualTo("editUnit");
        assertThat(OperationIds.id("RecordApi", "fileWithEvidence")).isEqualTo("fileWithEvidenceRecord");
        assertThat(OperationIds.id("ScorecardApi", "scorecard")).isEqualTo("scorecard");
        assertThat(OperationIds.id("ScoringController", "evaluate")).isEqualTo("evaluateScoring");
    }
}
