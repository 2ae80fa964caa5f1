package org.custodes.fieldvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisclosureTests {

    final Disclosure disclosure = new Disclosure(10);

    @Test
    void aCellUnderTheThresholdIsHidden() {
        var shown = disclosure.apply(new int[][] { { 12, 15, 3 } });

        assertThat(shown.cell(0, 2)).isFalse();
    }

    @Test
    void aCellRecoverableBySubtractionFromItsRowTotalIsHiddenToo() {
        // 30 answers: 12 + 15 + 3; hiding only the 3 would leave it as 30 - 12 - 15.
        var shown = disclosure.apply(new int[][] { { 12, 15, 3 }, { 20, 20, 20 } });

        assertThat(shown.rowTotal(0)).isTrue();
        assertThat(shown.cell(0, 2)).isFalse();
        assertThat(shown.cell(0, 0)).as("the smallest other cell of the row").isFalse();
        assertThat(shown.cell(0, 1)).isTrue();
        assertThat(recoverableByOneSubtraction(shown, 2, 3)).isFalse();
    }

    @Test
    void aCellRecoverableFromItsColumnTotalIsHiddenToo() {
        // The second column sums to 15 + 3 + 20; with only the 3 hidden, the column total would give it away.
        var shown = disclosure.apply(new int[][] { { 12, 15, 30 }, { 20, 3, 40 }, { 25, 20, 11 } });

        assertThat(shown.cell(1, 1)).isFalse();
        for (var column = 0; column < 3; column++) {
            assertThat(hiddenInColumn(shown, column)).as("column %d", column).isNotEqualTo(1);
        }
        for (var row = 0; row < 3; row++) {
            assertThat(hiddenInRow(shown, row, 3)).as("row %d", row).isNotEqualTo(1);
        }
    }

    @Test
    void aSmallGroupIsHiddenWholeAndCannotBeRecoveredFromTheColumnTotals() {
        // Company B has 4 answers: its row is hidden, and so is enough of the others that the columns do not tell.
        var shown = disclosure.apply(new int[][] { { 8, 6 }, { 3, 1 } });

        assertThat(shown.rowTotal(1)).isFalse();
        assertThat(shown.cell(1, 0)).isFalse();
        assertThat(shown.cell(1, 1)).isFalse();
        assertThat(shown.rowTotal(0) && shown.columnTotal(0) && shown.columnTotal(1))
                .as("the big row's total and both column totals together would give B away").isFalse();
    }

    @Test
    void aTableWithEnoughBehindEveryCellIsShownWhole() {
        var shown = disclosure.apply(new int[][] { { 10, 11 }, { 12, 40 } });

        assertThat(shown.cell(0, 0) && shown.cell(0, 1) && shown.cell(1, 0) && shown.cell(1, 1)).isTrue();
        assertThat(shown.rowTotal(0) && shown.rowTotal(1) && shown.columnTotal(0) && shown.columnTotal(1)).isTrue();
    }

    private static boolean recoverableByOneSubtraction(Disclosure.Shown shown, int rows, int columns) {
        for (var row = 0; row < rows; row++) {
            if (shown.rowTotal(row) && hiddenInRow(shown, row, columns) == 1) {
                return true;
            }
        }
        return false;
    }

    private static int hiddenInRow(Disclosure.Shown shown, int row, int columns) {
        var hidden = 0;
        for (var column = 0; column < columns; column++) {
            hidden += shown.cell(row, column) ? 0 : 1;
        }
        return shown.rowTotal(row) ? hidden : 0;
    }

    private static int hiddenInColumn(Disclosure.Shown shown, int column) {
        var hidden = 0;
        for (var row = 0; row < shown.cells().length; row++) {
            hidden += shown.cell(row, column) ? 0 : 1;
        }
        return shown.columnTotal(column) ? hidden : 0;
    }
}
