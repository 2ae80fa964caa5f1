package org.custodes.fieldvoice.survey;

import java.util.Arrays;

/**
 * Disclosure control for a table of counts (rows: a company in a country; columns: the answers to one question),
 * published with its row and column totals. A cell is hidden when fewer than the threshold stand behind it (primary
 * suppression, an empty cell included: "nobody in this small group said yes" is itself a disclosure), and a row
 * total is hidden in the same case. Then, as long as a row or column with a shown total holds exactly one hidden
 * cell, which subtraction from that total would give away (complementary suppression): in a row (a company's own
 * figures) its smallest shown cell is hidden too, or its total when no cell is left; in a column (an answer across
 * all companies) the column total is hidden, so the companies' own figures stay. A single hidden row total that the
 * grand total would give away hides the column totals.
 */
public final class Disclosure {

    private final int threshold;

    public Disclosure(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("The threshold is at least one answer");
        }
        this.threshold = threshold;
    }

    /** What may be shown of a table: each cell, each row total and each column total. */
    public record Shown(boolean[][] cells, boolean[] rowTotals, boolean[] columnTotals) {

        public boolean cell(int row, int column) {
            return cells[row][column];
        }

        public boolean rowTotal(int row) {
            return rowTotals[row];
        }

        public boolean columnTotal(int column) {
            return columnTotals[column];
        }
    }

    public Shown apply(int[][] counts) {
        var rows = counts.length;
        var columns = rows == 0 ? 0 : counts[0].length;
        var cells = new boolean[rows][columns];
        var rowTotals = new boolean[rows];
        var columnTotals = new boolean[columns];
        for (var row = 0; row < rows; row++) {
            rowTotals[row] = sum(counts[row]) >= threshold;
            for (var column = 0; column < columns; column++) {
                cells[row][column] = rowTotals[row] && counts[row][column] >= threshold;
            }
        }
        for (var column = 0; column < columns; column++) {
            var total = 0;
            for (var row = 0; row < rows; row++) {
                total += counts[row][column];
            }
            columnTotals[column] = total >= threshold;
        }
        var changed = true;
        while (changed) {
            changed = false;
            for (var row = 0; row < rows; row++) {
                if (rowTotals[row] && hidden(cells[row]) == 1) {
                    var smallest = smallestShown(counts, cells, row);
                    if (smallest < 0) {
                        rowTotals[row] = false;
                    } else {
                        cells[row][smallest] = false;
                    }
                    changed = true;
                }
            }
            for (var column = 0; column < columns; column++) {
                if (columnTotals[column] && hiddenInColumn(cells, column) == 1) {
                    columnTotals[column] = false;
                    changed = true;
                }
            }
            changed |= hideRecoverableTotals(counts, rowTotals, columnTotals);
        }
        return new Shown(cells, rowTotals, columnTotals);
    }

    /**
     * A hidden row total (a small group) can be recovered from the grand total (the sum of the column totals) when it
     * is the only hidden row and every column total is shown: then the column totals are hidden.
     */
    private static boolean hideRecoverableTotals(int[][] counts, boolean[] rowTotals, boolean[] columnTotals) {
        var hiddenRows = 0;
        var hiddenRow = -1;
        for (var row = 0; row < rowTotals.length; row++) {
            if (!rowTotals[row]) {
                hiddenRows++;
                hiddenRow = row;
            }
        }
        var allColumnsShown = columnTotals.length > 0;
        for (var shown : columnTotals) {
            allColumnsShown &= shown;
        }
        if (hiddenRows != 1 || !allColumnsShown || sum(counts[hiddenRow]) == 0) {
            return false;
        }
        Arrays.fill(columnTotals, false);
        return true;
    }

    private static int hidden(boolean[] row) {
        var hidden = 0;
        for (var shown : row) {
            hidden += shown ? 0 : 1;
        }
        return hidden;
    }

    private static int hiddenInColumn(boolean[][] cells, int column) {
        var hidden = 0;
        for (var row : cells) {
            hidden += row[column] ? 0 : 1;
        }
        return hidden;
    }

    private static int smallestShown(int[][] counts, boolean[][] cells, int row) {
        var smallest = -1;
        for (var column = 0; column < cells[row].length; column++) {
            if (cells[row][column] && (smallest < 0 || counts[row][column] < counts[row][smallest])) {
                smallest = column;
            }
        }
        return smallest;
    }

    private static int sum(int[] row) {
        var total = 0;
        for (var count : row) {
            total += count;
        }
        return total;
    }
}
