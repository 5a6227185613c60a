## `portal import persons`: the client-tracking system's export, as the agency's operator reads
## the outcome (on the terminal and in the report file).

import-line = Line
import-rows = Rows
import-new = new
import-changed = changed
import-unchanged = unchanged
import-refused = refused
import-recipients-told = recipients told of a correction
import-nothing-written = Nothing was imported: with --all-or-nothing, one refused row stops the whole file.
import-report-written = Report written to
import-more-refused = { $count ->
    [one] and { $count } more refused row (see the report file)
   *[other] and { $count } more refused rows (see the report file)
}
import-error-required = This column must have a value.
import-error-dossier = Not a dossier reference: letters, digits and - _ . / only, at most 40 characters.
import-error-duplicate-dossier = This dossier reference is already on line { $line } of the file; only that row counts.
import-error-protocols-required = Name at least one protocol (its slug; separate several with ;).
import-error-protocol-unknown = No protocol with this slug exists in the { -portal }.
import-error-ended-on = Not a day: write it as YYYY-MM-DD.
import-error-person-erased = This person's data was erased after the retention period; they cannot be imported again.
import-error-encoding = This text is not UTF-8. Save the export as UTF-8 and import it again.
import-error-cell-count = This row does not have as many cells as the header has columns.
import-error-row-unreadable = This row cannot be read as CSV (check its quotes).
import-error-json = This line is not a JSON object.
import-error-json-keys = This line has a key that is not a column of the import (see portal import persons --help).
import-error-json-value = A value must be text, a number or, for protocols, a list of texts.
import-error-file-utf16 = The file is UTF-16. Save it as UTF-8 (CSV UTF-8) and import it again.
import-error-file-header = The file's first line is not a readable header.
import-error-file-empty = The file is empty.
import-error-file-columns-unknown = The header names columns the import does not know
import-error-file-columns-missing = The header lacks columns
import-error-file-columns-twice = The header names a column twice
