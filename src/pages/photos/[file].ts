import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadToBytes, photoToDownload } from '../../photos/photo-download.ts';
import { getSitePages } from '../../releases/routes.ts';

// The downloadable copy of every photo of every release page, once per credit (src/photos/).
export const getStaticPaths = (async () => {
  const photos = (await getSitePages()).flatMap((page) =>
    page.kind === 'release'
      ? page.entry.data.photos.flatMap(({ file, credit }) => (file ? [{ file, credit, release: page.entry.filePath }] : []))
      : [],
  );
  const paths = new Map<string, { params: { file: string }; props: Omit<(typeof photos)[number], 'release'> }>();
  for (const { release, ...photo } of photos) {
    // A photo the build cannot publish names the release that lists it, for the editor to fix.
    const { file } = await photoToDownload(photo.file, photo.credit).catch((error: unknown) => {
      throw new Error(
        `${release ?? 'A release'}: its photo ${photo.file.src} cannot be published: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    });
    paths.set(file, { params: { file }, props: photo });
  }
  return [...paths.values()];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file, credit } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const { bytes } = await downloadToBytes(file, credit);
  return new Response(bytes);
};
