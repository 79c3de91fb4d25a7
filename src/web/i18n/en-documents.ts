import type { idDocuments } from "./id-documents.js";

/** English strings of every document's editor (same shape as id-documents.ts). */
export const enDocuments: typeof idDocuments = {
  save: {
    idle: "All changes saved",
    pending: "Unsaved changes…",
    saving: "Saving…",
    saved: "Saved {{time}}",
    offline: "Not sent yet — kept on this device",
    conflict: "Not sent yet — the document changed elsewhere",
    stale: "Not sent yet — choose which version to keep",
    error: "Could not save",
  },
  offline: {
    title: "Connection lost",
    body: "Don't worry, your entries are safe: they are kept on this device and sent automatically when the connection is back.",
  },
  conflict: {
    title: "This document was changed somewhere else",
    body: "Your changes were not sent and are kept on this device. The latest version is loading; you then choose which version to keep.",
    reload: "Load the latest version",
  },
  staleDraft: {
    title: "This document was changed somewhere else",
    body: "What you see now is the latest version on the server. Your changes from {{date}} were not sent and are still kept on this device. Use your changes (replacing the latest version), or use the latest version (your changes are discarded)?",
    use: "Use my changes",
    discard: "Use the latest version",
  },
};
