"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { removeImageAction } from "@/lib/admin/catalog/product-actions";
import type { ActionState } from "@/lib/admin/action-state";
import { BUTTON_CLASS, DANGER_BUTTON_CLASS, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";

type Props = { productId: string; images: { id: string; url: string; alt: string }[] };

/** The product's pictures: upload (PNG, JPEG, WebP or SVG up to 5 MB) with alt text, and remove. */
export function ImageManager({ productId, images }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<ActionState | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    try {
      const response = await fetch("/api/admin/uploads", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
      if (response.ok) {
        setState({ ok: true, message: "Picture added." });
        form.current?.reset();
        router.refresh();
      } else {
        const detail = body.fields ? Object.values(body.fields).join(" ") : "";
        setState({ ok: false, message: `${body.error ?? "Upload failed."} ${detail}`.trim() });
      }
    } catch {
      setState({ ok: false, message: "Could not reach the store. Try again." });
    } finally {
      setBusy(false);
    }
  }

  async function remove(imageId: string) {
    if (!window.confirm("Remove this picture?")) return;
    const result = await removeImageAction(imageId);
    setState(result);
    if (result.ok) router.refresh();
  }

  return (
    <div className="space-y-4">
      <ul className="grid gap-4 sm:grid-cols-3">
        {images.map((image) => (
          <li key={image.id} className="space-y-2 rounded border border-brand-100 p-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- admin preview of arbitrary uploads */}
            <img src={image.url} alt={image.alt} className="h-32 w-full object-contain bg-brand-50" />
            <p className="text-sm">{image.alt}</p>
            <button type="button" onClick={() => void remove(image.id)} className={DANGER_BUTTON_CLASS}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form ref={form} onSubmit={upload} className="grid gap-3 sm:grid-cols-3 items-end" encType="multipart/form-data">
        <input type="hidden" name="productId" value={productId} />
        <div>
          <label htmlFor="image-file" className="block font-semibold">
            Picture
          </label>
          <input
            id="image-file"
            name="file"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml"
            required
            className={INPUT_CLASS}
          />
        </div>
        <div>
          <label htmlFor="image-alt" className="block font-semibold">
            Description for screen readers
          </label>
          <input
            id="image-alt"
            name="alt"
            required
            minLength={3}
            maxLength={200}
            className={INPUT_CLASS}
            placeholder="Grey walking shoe, side view"
          />
        </div>
        <button type="submit" disabled={busy} className={BUTTON_CLASS}>
          {busy ? "Uploading…" : "Upload picture"}
        </button>
      </form>
      <StatusMessage state={state} />
    </div>
  );
}
