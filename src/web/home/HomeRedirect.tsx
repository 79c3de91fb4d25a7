import { Navigate } from "react-router-dom";
import { homePath } from "../app/access.js";
import { useSession } from "../app/session.js";

export function HomeRedirect() {
  return <Navigate to={homePath(useSession())} replace />;
}
