import { jsonError } from "@/lib/http/api-error";

// Unknown API paths answer in the API's JSON error shape instead of the HTML 404 page.
const notFound = () => jsonError(404, "not_found");
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
