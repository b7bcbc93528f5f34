// office-addin-mock imports office-addin-manifest only for this enum; the real package pulls ESM-only
// dependencies that jest cannot load (see docs/architecture.md §9).
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
