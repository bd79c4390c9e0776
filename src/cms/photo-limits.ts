/**
 * How large a photo the form commits: a longer side is scaled down in the editor's browser before
 * upload (a camera's 6000 px is four times what any page shows), and re-encoded as JPEG.
 */
export const photoLimits = {
  /** The longest side kept, in pixels: twice the widest size the site serves, for a sharp download. */
  longSide: 3000,
  /** A photo heavier than this is re-encoded even when its size in pixels is within bounds. */
  bytes: 4 * 1024 * 1024,
  /** JPEG quality of a resized photo: indistinguishable from the original at the sizes the site serves. */
  jpegQuality: 0.85,
} as const;

export type PhotoLimits = typeof photoLimits;
