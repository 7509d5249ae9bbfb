import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">We couldn&apos;t find that page</h1>
      <p>The shoe, collection or guide may have moved or is no longer available.</p>
      <ul className="list-disc pl-6 space-y-1">
        <li><Link href="/shoes" className="text-brand-700 underline">Browse all shoes</Link></li>
        <li><Link href="/fit" className="text-brand-700 underline">Take the fit quiz</Link></li>
        <li><Link href="/articles" className="text-brand-700 underline">Read our guides</Link></li>
      </ul>
    </div>
  );
}
