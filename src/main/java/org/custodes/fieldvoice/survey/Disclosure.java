package org.custodes.fieldvoice.survey;

import java.util.ArrayList;

/**
 * Disclosure control for a table of counts (rows: a company in a country; columns: the answers to one question),
 * published with its row and column totals. A cell is hidden when fewer than the threshold stand behind it (primary
 * suppression, an empty cell included: "nobody in this small group said yes" is itself a disclosure), and a row
 * total is hidden in the same case. Then, as long as a row or column with a shown total holds exactly one hidden
 * cell, which subtraction from that total would give away, its smallest shown cell is hidden too (complementary
 * suppression); when a row has no shown cell left to hide, its total is hidden instead.
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
                    var smallest = smallestShown(counts, cells, row, true);
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
                    var smallest = smallestShown(counts, cells, column, false);
                    if (smallest < 0) {
                        columnTotals[column] = false;
                    } else {
                        cells[smallest][column] = false;
                    }
                    changed = true;
                }
            }
            changed |= hideRecoverableTotals(counts, cells, rowTotals, columnTotals);
        }
        return new Shown(cells, rowTotals, columnTotals);
    }

    /**
     * A hidden row total (a small group) can be recovered from the column totals when it is the only hidden row and
     * every column total is shown: then the smallest shown row total is hidden too, and its cells with it.
     */
    private static boolean hideRecoverableTotals(int[][] counts, boolean[][] cells, boolean[] rowTotals,
            boolean[] columnTotals) {
        var hiddenRows = new ArrayList<Integer>();
        for (var row = 0; row < rowTotals.length; row++) {
            if (!rowTotals[row]) {
                hiddenRows.add(row);
            }
        }
        var anyColumnShown = false;
        for (var shown : columnTotals) {
            anyColumnShown |= shown;
        }
        if (hiddenRows.size() != 1 || !anyColumnShown || sum(counts[hiddenRows.getFirst()]) == 0) {
            return false;
        }
        var smallest = -1;
        for (var row = 0; row < rowTotals.length; row++) {
            if (rowTotals[row] && (smallest < 0 || sum(counts[row]) < sum(counts[smallest]))) {
                smallest = row;
            }
        }
        if (smallest < 0) {
            for (var column = 0; column < columnTotals.length; column++) {
                columnTotals[column] = false;
            }
            return true;
        }
        rowTotals[smallest] = false;
        for (var column = 0; column < cells[smallest].length; column++) {
            cells[smallest][column] = false;
        }
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

    private static int smallestShown(int[][] counts, boolean[][] cells, int index, boolean inRow) {
        var smallest = -1;
        var length = inRow ? cells[index].length : cells.length;
        for (var other = 0; other < length; other++) {
            var shown = inRow ? cells[index][other] : cells[other][index];
            var count = inRow ? counts[index][other] : counts[other][index];
            var best = smallest < 0 ? Integer.MAX_VALUE : inRow ? counts[index][smallest] : counts[smallest][index];
            if (shown && count < best) {
                smallest = other;
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
