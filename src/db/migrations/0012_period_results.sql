ALTER TABLE "periods" ADD COLUMN "organisation_predikat" text;--> statement-breakpoint
ALTER TABLE "periods" ADD COLUMN "results_finalised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "periods" ADD COLUMN "results_finalised_by" uuid;--> statement-breakpoint
ALTER TABLE "periods" ADD COLUMN "results_finalise_reason" text;--> statement-breakpoint
ALTER TABLE "periods" ADD COLUMN "results_finalise_violations" jsonb;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_results_finalised_by_people_id_fk" FOREIGN KEY ("results_finalised_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_organisation_predikat_check" CHECK (organisation_predikat in ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'));