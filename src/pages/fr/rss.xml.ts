import type { APIRoute } from 'astro';
import { releaseFeed } from '../../feeds/release-feed.ts';

export const GET: APIRoute = ({ site }) => releaseFeed({ locale: 'fr', site });
