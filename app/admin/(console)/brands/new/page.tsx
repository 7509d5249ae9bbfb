import { BrandForm } from "@/components/admin/brand-form";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "New brand" };

export default async function NewBrandPage() {
  await requireStaff();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New brand</h1>
      <BrandForm brandId={null} defaults={{ name: "", slug: "", description: "" }} />
    </div>
  );
}
