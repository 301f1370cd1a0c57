package org.guichet.organization.web;

import java.util.List;

import org.guichet.organization.internal.OrganizationImportStore.StoredImport;

/**
 * The result of a dry run, or of the import itself.
 *
 * @param file the file uploaded
 * @param kind what it holds
 * @param ignoredColumns the headers that name no known column
 * @param lines every line with content
 * @param refused whether a confirmation was refused because of wrong lines
 * @param appliedLines how many lines were just imported, or -1 when nothing was
 */
public record ImportReport(StoredImport file, ImportKind kind, List<String> ignoredColumns, List<ImportLine> lines,
		boolean refused, int appliedLines) {

	ImportReport(StoredImport file, ImportKind kind, List<String> ignoredColumns, List<ImportLine> lines) {
		this(file, kind, List.copyOf(ignoredColumns), List.copyOf(lines), false, -1);
	}

	ImportReport asRefused() {
		return new ImportReport(this.file, this.kind, this.ignoredColumns, this.lines, true, -1);
	}

	ImportReport asApplied(int count) {
		return new ImportReport(this.file, this.kind, this.ignoredColumns, this.lines, false, count);
	}

	public long wrongLines() {
		return this.lines.stream().filter(ImportLine::isWrong).count();
	}

	/**
	 * @return how many lines change something
	 */
	public long changes() {
		return this.lines.stream().filter((line) -> line.operation() != null).count();
	}

	public List<ImportOutcome> outcomes() {
		return List.of(ImportOutcome.values());
	}

	public long count(ImportOutcome outcome) {
		return this.lines.stream().filter((line) -> line.outcome() == outcome).count();
	}

	public boolean isApplied() {
		return this.file.appliedAt() != null || this.appliedLines >= 0;
	}

}
