/** Device names Windows reserves in every folder, with any extension: `CON.md` and `nul.txt` open
 *  the device, not a file. */
export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.[^.]*)*$/i;
