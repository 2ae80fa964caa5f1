/**
 * The questionnaire a company answers: the Code's indicators grouped in sections, conditional items, the rules
 * each answer must meet, and the spreadsheet a company may fill offline and upload.
 */
@NullMarked
package org.custodes.reporting.questionnaire;

import org.jspecify.annotations.NullMarked;
