import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { siteOrigin, storeName } from "@/lib/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const name = storeName();
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: `${name}: walking shoes fitted to your feet`, template: `%s | ${name}` },
    description:
      "Cushioned, supportive walking shoes matched to your size, width and comfort preferences by a short fit quiz.",
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: proxy.ts sends a fresh CSP nonce and Next stamps it on its
  // scripts while rendering. A page prerendered at build time would carry no nonce, and the
  // browser would refuse to run its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader storeName={storeName()} />
        <main id="main" className="flex-1 w-full max-w-6xl mx-auto px-4 py-8">
          {children}
        </main>
        <SiteFooter storeName={storeName()} />
      </body>
    </html>
  );
}
