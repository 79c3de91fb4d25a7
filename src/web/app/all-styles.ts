// All of Mantine's styles as a file of its own, fetched with the first page beyond the first screens
// (area.ts); a module only so that the import of a stylesheet has something to load.
import "./mantine-all.css";
