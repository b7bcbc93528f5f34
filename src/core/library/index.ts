export type { LibraryEntry, LibraryFramework } from "./types";
export { libraryEntries } from "./libraryEntries";
export { libraryFrameworkOf } from "./libraryFrameworkOf";
export { pinyinInitials } from "./pinyinInitials";
export { searchLibrary } from "./searchLibrary";
