-- The borough's consultation requests, newest first (ConsultationRepository.ofBorough).
CREATE INDEX consultation_request_borough_requested ON consultation_request (borough, requested_at DESC, id);
