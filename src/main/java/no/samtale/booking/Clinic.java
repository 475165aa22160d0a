package no.samtale.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "clinic")
public class Clinic extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String address;

    public String directions;

    @Column(name = "practical_info")
    public String practicalInfo;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
