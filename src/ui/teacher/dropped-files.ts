/**
 * The files of a drop: plain files, and the files inside dropped folders (and their folders), read through the
 * entries API that every current browser has for drops. Each file keeps its path inside the folder, so the table
 * can say where a result came from.
 */

export interface PickedFile {
  readonly file: File;
  /** The file's path within the folder opened or dropped (its name when it came alone). */
  readonly path: string;
}

const filesOf = async (entry: FileSystemEntry, out: PickedFile[]): Promise<void> => {
  if (entry.isFile) {
    const file = await new Promise<File | null>((resolve) => (entry as FileSystemFileEntry).file(resolve, () => resolve(null)));
    if (file) out.push({ file, path: entry.fullPath.replace(/^\//, '') || file.name });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a folder's entries a batch at a time; an empty batch ends it.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) break;
    for (const child of batch) await filesOf(child, out);
  }
};

/** The files of a file input (a folder input gives each file's path within the folder). */
export const pickedFiles = (files: FileList | readonly File[] | null): PickedFile[] =>
  [...(files ?? [])].map((file) => ({ file, path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name }));

export const filesFromDrop = async (data: DataTransfer): Promise<PickedFile[]> => {
  const entries = [...data.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return pickedFiles(data.files);
  const out: PickedFile[] = [];
  for (const e of entries) await filesOf(e, out);
  return out;
};
