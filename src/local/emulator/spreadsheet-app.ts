/**
 * SpreadsheetApp: the entry to the active spreadsheet, its Ui, the conditional-format and data-validation
 * builders, flush(), and the spreadsheet enums (BooleanCriteria, RelativeDate, DataValidationCriteria,
 * DeveloperMetadataVisibility/LocationType, ProtectionType, SheetType, BorderStyle, WrapStrategy, Dimension).
 */
import { EmuConditionalFormatRuleBuilder } from "./conditional-format.ts";
import { EmuDataValidationBuilder } from "./data-validation.ts";
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  RelativeDate,
  SheetType,
  WrapStrategy,
} from "./enums.ts";
import type { EmuRange } from "./range.ts";
import type { EmuSheet } from "./sheet.ts";
import type { EmuSpreadsheet } from "./spreadsheet.ts";
import type { EmuUi } from "./ui.ts";

export function createSpreadsheetApp(spreadsheet: EmuSpreadsheet, ui: EmuUi) {
  return {
    BooleanCriteria,
    RelativeDate,
    DataValidationCriteria,
    DeveloperMetadataVisibility,
    DeveloperMetadataLocationType,
    ProtectionType,
    SheetType,
    BorderStyle,
    WrapStrategy,
    Dimension,
    getActive: () => spreadsheet,
    getActiveSpreadsheet: () => spreadsheet,
    getActiveSheet: () => spreadsheet.getActiveSheet(),
    getActiveRange: () => spreadsheet.getActiveRange(),
    getCurrentCell: () => spreadsheet.getCurrentCell(),
    setActiveSheet: (sheet: EmuSheet) => spreadsheet.setActiveSheet(sheet),
    setActiveRange: (range: EmuRange) => spreadsheet.setActiveRange(range),
    getUi: () => ui,
    newConditionalFormatRule: () => new EmuConditionalFormatRuleBuilder(spreadsheet.resolveRuleRange),
    newDataValidation: () => new EmuDataValidationBuilder(spreadsheet.resolveRuleRange),
    /** Writes are applied immediately in memory: flush has nothing to do but is counted. */
    flush: () => {},
  };
}
