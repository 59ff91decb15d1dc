// A phone camera's photo can exceed the server's limit (8 MB) — and a big blob waits in IndexedDB and on a weak
// connection. Photos above 4 MB are redrawn at most 2560 px on the long side as JPEG (0.85), which keeps a legible
// nameplate or gauge. The redrawn file loses its EXIF, so the capture time travels as `takenAt` (file.lastModified).
const LIMIT = 4 * 1024 * 1024;
const MAX_SIDE = 2560;

export async function shrinkPhoto(file: File): Promise<File> {
  if (file.size <= LIMIT || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg', lastModified: file.lastModified });
  } catch {
    return file; // not a picture the browser can draw: the server says so by its bytes
  }
}
