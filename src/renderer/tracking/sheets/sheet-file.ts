import type { SheetSource } from '../../../shared/domain/sheet';

/** The spreadsheets the importers read. */
export const SHEET_ACCEPT = '.xlsx,.csv';

/** A chosen file as the contract's sheet source: its name and its bytes as base64. */
export function sheetSourceOf(file: File): Promise<SheetSource> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ file: { name: file.name, data: url.slice(url.indexOf(',') + 1) } });
    };
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read from this computer.`));
    reader.readAsDataURL(file);
  });
}
