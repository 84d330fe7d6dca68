/** jsdom's Blob lacks text() and arrayBuffer(), which every browser the pane runs in has: added here, read through FileReader. */
export function completeBlob(): void {
  const read = <T>(blob: Blob, how: "readAsText" | "readAsArrayBuffer") =>
    new Promise<T>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as T);
      reader.onerror = () => reject(reader.error);
      reader[how](blob);
    });
  if (typeof Blob.prototype.text !== "function")
    Blob.prototype.text = function text(this: Blob) {
      return read<string>(this, "readAsText");
    };
  if (typeof Blob.prototype.arrayBuffer !== "function")
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
      return read<ArrayBuffer>(this, "readAsArrayBuffer");
    };
}
