/**
 * The server entry. Every export here becomes a top-level function of dist/Code.js (see
 * src/tools/build.ts): the simple triggers, the menu handlers and the functions the sidebar and dialogs
 * call through google.script.run. Nothing else is exported, so nothing else is callable.
 */
export { getBilanChoices, prepareBilan, showBilanDialog } from "./bilan";
export { makeChronologieForSidebar, showChronologie } from "./chronologie";
export { applyColoursForSidebar, applyStatusColours } from "./colours";
export { onEdit } from "./edit-trigger";
export { runEntry_ } from "./entry-guard";
export { saveEventSettings } from "./event-settings";
export { importPlanText, previewImport, showImportDialog } from "./import";
export { importDocxPlan, previewDocxImport } from "./import-docx";
export { importSheetTable, previewSheetTableImport } from "./import-sheet-table";
export { installTemplate } from "./install";
export { getUserLanguage } from "./locale";
export { onInstall, onOpen } from "./menu";
export { selectCell, selectRow } from "./navigation";
export { createNextYearPlan, getNextYearChoices, showNextYearDialog } from "./next-year";
export { switchPlan } from "./plans";
export { shareCalendarForSidebar, shareCalendarWithCommittee } from "./share/share-entry";
export { getSidebarData, showSummarySidebar } from "./sidebar";
export { previewFollowUp, sendFollowUp, showFollowUpDialog } from "./suivi/follow-up-entry";
export { previewSync, previewSyncData, syncCalendar, syncStep } from "./sync/sync-entry";
export { addUnionColumns } from "./union-columns";
export { getValidationReport, validatePlan } from "./validate";
